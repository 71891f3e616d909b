package eu.digilabs.hub.knowledge;

import eu.digilabs.hub.knowledge.CourseViews.CourseView;
import eu.digilabs.hub.opendata.Column;
import eu.digilabs.hub.opendata.Column.Kind;
import eu.digilabs.hub.opendata.OpenDataset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The trainings as an open dataset (courses are public; enrolments are not in it). */
@Component
class CourseOpenData implements OpenDataset {

  private static final String SCHEMA = "https://schema.org/";

  private final CourseService courses;
  private final Courses store;

  CourseOpenData(CourseService courses, Courses store) {
    this.courses = courses;
    this.store = store;
  }

  @Override
  public String name() {
    return "courses";
  }

  @Override
  public String rowType() {
    return SCHEMA + "Course";
  }

  @Override
  public String rowPath() {
    return "/courses/{id}";
  }

  @Override
  public List<String> themes() {
    return List.of("EDUC");
  }

  @Override
  public List<Column> columns() {
    return List.of(
        new Column("code", SCHEMA + "courseCode", Kind.ID),
        Column.text("title", SCHEMA + "name"),
        Column.text("description", SCHEMA + "description"),
        Column.text("audience", SCHEMA + "audience"),
        Column.text("language", SCHEMA + "inLanguage"),
        Column.of("minutes", null, Kind.NUMBER),
        Column.text("prerequisites", SCHEMA + "coursePrerequisites"),
        Column.of("lessons", null, Kind.NUMBER));
  }

  /**
   * Courses are few and have no numeric id: all of them are read, and a course's key is its place
   * in the list by code (from 1), so adding a course moves the keys of those after it.
   */
  @Override
  @Transactional(readOnly = true)
  public Batch rows(long after, int size) {
    List<CourseView> found =
        courses.all().stream()
            .sorted(Comparator.comparing(CourseView::code))
            .skip(after)
            .limit(size)
            .toList();
    return Batch.of(
        found,
        after,
        c -> after + found.indexOf(c) + 1,
        c ->
            Arrays.<@Nullable Object>asList(
                c.code(),
                c.title(),
                c.description(),
                c.audience(),
                c.language(),
                c.minutes(),
                c.prerequisites(),
                c.lessonCount()));
  }

  @Override
  @Transactional(readOnly = true)
  public String revision() {
    return store.revision();
  }
}
