package eu.digilabs.hub.projects;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImportedDatasets extends JpaRepository<ImportedDataset, String> {}
