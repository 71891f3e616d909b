package eu.digilabs.hub.demo;

import org.springframework.data.jpa.repository.JpaRepository;

interface PendingServiceLinks extends JpaRepository<PendingServiceLink, Long> {}
