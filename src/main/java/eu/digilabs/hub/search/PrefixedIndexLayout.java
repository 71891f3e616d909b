package eu.digilabs.hub.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.backend.elasticsearch.index.layout.IndexLayoutStrategy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names of the hub's indexes on an Elasticsearch or OpenSearch cluster (profile {@code
 * elasticsearch}): {@code <prefix><index>-000001}, read through the alias {@code
 * <prefix><index>-read} and written through {@code <prefix><index>-write}, as Hibernate Search's
 * default layout but with the prefix of {@code hub.search.index-prefix}, so that several
 * installations (or a test and a staging site) share one cluster without touching each other's
 * indexes. Referenced by {@code hibernate.search.backend.layout.strategy}; unused on the embedded
 * Lucene index.
 */
@Component("hubIndexLayout")
public class PrefixedIndexLayout implements IndexLayoutStrategy {

  private static final Pattern VALID_PREFIX = Pattern.compile("[a-z0-9][a-z0-9_-]*|");
  private static final Pattern GENERATION = Pattern.compile("(.*)-\\d{6}");

  private final String prefix;

  public PrefixedIndexLayout(@Value("${hub.search.index-prefix:}") String prefix) {
    if (!VALID_PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "hub.search.index-prefix must be lower-case letters, digits, '-' or '_' and start with"
              + " a letter or digit, not '"
              + prefix
              + "'");
    }
    this.prefix = prefix;
  }

  @Override
  public String createInitialElasticsearchIndexName(String hibernateSearchIndexName) {
    return prefix + hibernateSearchIndexName + "-000001";
  }

  @Override
  public String createWriteAlias(String hibernateSearchIndexName) {
    return prefix + hibernateSearchIndexName + "-write";
  }

  @Override
  public String createReadAlias(String hibernateSearchIndexName) {
    return prefix + hibernateSearchIndexName + "-read";
  }

  @Override
  public String extractUniqueKeyFromHibernateSearchIndexName(String hibernateSearchIndexName) {
    return prefix + hibernateSearchIndexName;
  }

  @Override
  public String extractUniqueKeyFromElasticsearchIndexName(String elasticsearchIndexName) {
    Matcher generation = GENERATION.matcher(elasticsearchIndexName);
    if (!generation.matches()) {
      throw new IllegalStateException(
          "Index "
              + elasticsearchIndexName
              + " does not end in a six-digit generation (-000001): not one of the hub's indexes");
    }
    return generation.group(1);
  }
}
