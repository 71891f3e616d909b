package eu.digilabs.hub;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import eu.digilabs.hub.accounts.TestAccounts;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Fetches a page as a browser would: a GET, signed in as an account (or as a visitor), expecting
 * 200 and returning the body.
 */
public final class TestPages {

  private TestPages() {}

  /** The page in English as the account sees it; a visitor's view when {@code email} is null. */
  public static String html(
      MockMvc mvc, ApplicationContext context, @Nullable String email, String path)
      throws Exception {
    return html(mvc, context, email, path, "en");
  }

  /**
   * The page in the language asked for with {@code ?lang=}; with a null {@code language} none is
   * asked for, so the page speaks the one the hub picks by itself.
   */
  public static String html(
      MockMvc mvc,
      ApplicationContext context,
      @Nullable String email,
      String path,
      @Nullable String language)
      throws Exception {
    MockHttpServletRequestBuilder request = get(path);
    if (language != null) {
      request.param("lang", language);
    }
    if (email != null) {
      request.with(TestAccounts.as(context, email));
    }
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }
}
