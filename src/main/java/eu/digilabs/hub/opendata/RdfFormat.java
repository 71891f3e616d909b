package eu.digilabs.hub.opendata;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The RDF formats the hub's linked data is written in (the DCAT-AP catalogue, the solutions as
 * ADMS-AP), chosen by {@code Accept} or by a file ending; Turtle when nothing else is asked for.
 */
public enum RdfFormat {
  TURTLE("ttl", "text/turtle", Lang.TURTLE),
  JSON_LD("jsonld", "application/ld+json", Lang.JSONLD),
  RDF_XML("rdf", "application/rdf+xml", Lang.RDFXML);

  private final String ending;
  private final MediaType mediaType;
  private final Lang lang;

  RdfFormat(String ending, String mediaType, Lang lang) {
    this.ending = ending;
    this.mediaType = MediaType.parseMediaType(mediaType);
    this.lang = lang;
  }

  public String ending() {
    return ending;
  }

  /** The format the {@code Accept} header prefers; Turtle when it names none of them. */
  public static RdfFormat accepted(@Nullable String accept) {
    List<MediaType> wanted;
    try {
      wanted = new ArrayList<>(MediaType.parseMediaTypes(accept));
    } catch (IllegalArgumentException e) {
      return TURTLE;
    }
    wanted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
    for (MediaType type : wanted) {
      for (RdfFormat format : values()) {
        if (type.getQualityValue() > 0
            && !type.isWildcardType()
            && type.includes(format.mediaType)) {
          return format;
        }
      }
    }
    return TURTLE;
  }

  /** The format with this file ending, if any. */
  public static @Nullable RdfFormat ending(String ending) {
    for (RdfFormat format : values()) {
      if (format.ending.equals(ending)) {
        return format;
      }
    }
    return null;
  }

  /** The model written in this format; {@code Vary: Accept} when the format was negotiated. */
  public ResponseEntity<byte[]> response(Model model, boolean negotiated) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFDataMgr.write(out, model, lang);
    var response =
        ResponseEntity.ok().contentType(new MediaType(mediaType, StandardCharsets.UTF_8));
    if (negotiated) {
      response.header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    }
    return response.body(out.toByteArray());
  }
}
