package eu.digilabs.hub.knowledge.web;

import eu.digilabs.hub.accounts.Rights;
import eu.digilabs.hub.knowledge.CourseService;
import eu.digilabs.hub.knowledge.CourseViews.CourseView;
import eu.digilabs.hub.knowledge.CourseViews.LessonView;
import eu.digilabs.hub.knowledge.CourseViews.QuizResult;
import eu.digilabs.hub.shared.problems.InvalidInput;
import eu.digilabs.hub.shared.problems.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Training pages: courses, a course with the member's progress, lessons with quizzes, the
 * certificate PDF, its public verification page, and the admins' completion report.
 */
@Controller
class CourseController {

  private final CourseService courses;
  private final Rights rights;

  private final KnowledgePageMeta pageMeta;

  CourseController(CourseService courses, Rights rights, KnowledgePageMeta pageMeta) {
    this.pageMeta = pageMeta;
    this.courses = courses;
    this.rights = rights;
  }

  @GetMapping("/courses")
  String list(Model model) {
    model.addAttribute("courses", courses.all());
    return "courses/list";
  }

  @GetMapping("/courses/{code}")
  String course(@PathVariable String code, Model model) {
    CourseView course = courses.course(code);
    model.addAttribute("course", course);
    model.addAttribute("meta", pageMeta.course(course));
    model.addAttribute("enrolment", courses.mine(code).orElse(null));
    model.addAttribute("mayReport", courses.mayReport());
    return "courses/course";
  }

  @PostMapping("/courses/{code}/enrol")
  String enrol(@PathVariable String code, RedirectAttributes redirect) {
    courses.enrol(code);
    redirect.addFlashAttribute("notice", "courses.enrolled");
    return "redirect:/courses/" + code;
  }

  @GetMapping("/courses/{code}/lessons/{lessonId}")
  String lesson(@PathVariable String code, @PathVariable long lessonId, Model model) {
    LessonView lesson = courses.lesson(code, lessonId);
    model.addAttribute("lesson", lesson);
    model.addAttribute("enrolment", courses.mine(code).orElse(null));
    model.addAttribute("result", null);
    return "courses/lesson";
  }

  /** Quiz answers come as {@code q<question id>} parameters with the chosen option numbers. */
  @PostMapping("/courses/{code}/lessons/{lessonId}/complete")
  String complete(
      @PathVariable String code,
      @PathVariable long lessonId,
      HttpServletRequest request,
      Model model,
      RedirectAttributes redirect) {
    rights.requireMember();
    Map<Long, Set<Integer>> answers = new HashMap<>();
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (name.matches("q\\d{1,18}")) {
                Set<Integer> chosen = new TreeSet<>();
                for (String value : values) {
                  if (value.matches("\\d{1,3}")) {
                    chosen.add(Integer.valueOf(value));
                  }
                }
                answers.put(Long.valueOf(name.substring(1)), chosen);
              }
            });
    QuizResult result;
    try {
      result = courses.complete(code, lessonId, answers);
    } catch (InvalidInput e) {
      redirect.addFlashAttribute("notice", e.problems().get(0).code());
      return "redirect:/courses/" + code;
    }
    LessonView lesson = courses.lesson(code, lessonId);
    if (result.passed()) {
      var enrolment = courses.mine(code).orElseThrow();
      if (enrolment.completed()) {
        redirect.addFlashAttribute("notice", "courses.completed");
        return "redirect:/courses/" + code;
      }
      redirect.addFlashAttribute("notice", "courses.lessonDone");
      return "redirect:/courses/"
          + code
          + (lesson.nextId() != null ? "/lessons/" + lesson.nextId() : "");
    }
    model.addAttribute("lesson", lesson);
    model.addAttribute("enrolment", courses.mine(code).orElse(null));
    model.addAttribute("result", result);
    model.addAttribute("answers", answers);
    return "courses/lesson";
  }

  @GetMapping("/courses/{code}/certificate.pdf")
  ResponseEntity<byte[]> certificate(@PathVariable String code) {
    rights.requireMember();
    byte[] pdf = courses.certificatePdf(code).orElseThrow(() -> new NotFound("No certificate."));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("certificate-" + code + ".pdf")
                .build()
                .toString())
        .body(pdf);
  }

  @GetMapping("/certificates/{code}")
  String verify(@PathVariable String code, Model model) {
    model.addAttribute("code", code);
    model.addAttribute("certificate", courses.certificate(code).orElse(null));
    return "courses/verify";
  }

  @GetMapping("/courses/{code}/report")
  String report(@PathVariable String code, @RequestParam(required = false) Long lab, Model model) {
    model.addAttribute("course", courses.course(code));
    model.addAttribute("report", courses.report(code, lab));
    model.addAttribute("labs", courses.reportLabs());
    return "courses/report";
  }
}
