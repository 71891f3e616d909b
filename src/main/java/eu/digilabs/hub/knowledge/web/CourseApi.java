package eu.digilabs.hub.knowledge.web;

import eu.digilabs.hub.knowledge.CourseService;
import eu.digilabs.hub.knowledge.CourseViews.Certificate;
import eu.digilabs.hub.knowledge.CourseViews.CourseView;
import eu.digilabs.hub.knowledge.CourseViews.EnrolmentView;
import eu.digilabs.hub.shared.problems.NotFound;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST API for trainings: courses, enrolment and progress, and certificate verification. */
@RestController
@RequestMapping("/api/v1")
class CourseApi {

  private final CourseService courses;

  CourseApi(CourseService courses) {
    this.courses = courses;
  }

  /** All courses. 200. */
  @GetMapping("/courses")
  List<CourseView> list() {
    return courses.all();
  }

  /** One course with its modules and lessons. 200; 404. */
  @GetMapping("/courses/{code}")
  CourseView get(@PathVariable String code) {
    return courses.course(code);
  }

  /** Enrols the caller (again: no change). 200; 401; 404. */
  @PostMapping("/courses/{code}/enrolment")
  EnrolmentView enrol(@PathVariable String code) {
    return courses.enrol(code);
  }

  /** The caller's progress. 200; 404 when not enrolled. */
  @GetMapping("/courses/{code}/enrolment")
  EnrolmentView mine(@PathVariable String code) {
    return courses.mine(code).orElseThrow(() -> new NotFound("Not enrolled."));
  }

  /** Checks a certificate code: who completed which course when. 200; 404. */
  @GetMapping("/certificates/{code}")
  Certificate verify(@PathVariable String code) {
    return courses.certificate(code).orElseThrow(() -> new NotFound("No such certificate."));
  }
}
