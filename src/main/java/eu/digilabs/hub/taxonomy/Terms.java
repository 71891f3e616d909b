package eu.digilabs.hub.taxonomy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Terms extends JpaRepository<Term, Long> {

  List<Term> findAllByOrderByVocabularyAscPositionAscCodeAsc();

  Optional<Term> findByVocabularyAndCode(String vocabulary, String code);

  int countByVocabulary(String vocabulary);
}
