package eu.digilabs.hub.reuse;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;

/**
 * A problem that {@link PubliccodeReader} found in a publiccode.yml file: an error (the file is not
 * imported) or a warning (imported, but worth fixing). Pass it to a {@code MessageSource} as it is:
 * its message arguments are {@code {0}} the line, {@code {1}} the path and {@code {2}}... the
 * {@code args}.
 *
 * @param line the 1-based line in the file, or 0 when the problem has no line (a limit, an empty
 *     file)
 * @param path where in the file, as YAML keys joined with dots ({@code legal.license}, {@code
 *     description.de.shortDescription}); empty for the file as a whole
 * @param key the message key, prefix {@code publiccode.problem.}, with texts in German and English
 * @param args the arguments after line and path; for licence findings ({@code
 *     publiccode.problem.licence...}) the expression, then the key of the {@link Licence.Hint} and
 *     its arguments, which {@link #getArguments()} gives as one nested message
 */
public record Finding(int line, String path, String key, List<String> args)
    implements MessageSourceResolvable {

  private static final String LICENCE_FINDINGS = "publiccode.problem.licence";

  public Finding {
    args = List.copyOf(args);
  }

  @Override
  public String[] getCodes() {
    return new String[] {key};
  }

  /** Line (as text, so no digit grouping), path, then the args; a licence hint nested. */
  @Override
  public Object[] getArguments() {
    List<Object> arguments = new ArrayList<>();
    arguments.add(String.valueOf(line));
    arguments.add(path);
    if (key.startsWith(LICENCE_FINDINGS) && args.size() > 1) {
      arguments.add(args.get(0));
      arguments.add(new Licence.Hint(args.get(1), args.subList(2, args.size())));
    } else {
      arguments.addAll(args);
    }
    return arguments.toArray();
  }
}
