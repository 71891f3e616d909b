package eu.digilabs.hub.reuse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Where a solution is live or being onboarded, as two tile maps (Germany's 16 states, Europe's
 * countries: one square per place, laid out roughly as on a map, so no geometry or map tiles are
 * needed) and the rows of the table that says the same in words. Built from the uptakes the viewer
 * may see.
 */
@Component
public class AdoptionMap {

  /** German states by ISO 3166-2 code, column and row. */
  private static final String GERMANY =
      "DE-SH 2 0,DE-MV 3 0,DE-HB 1 1,DE-HH 2 1,DE-BB 3 1,DE-BE 4 1,DE-NW 0 2,DE-NI 1 2,DE-ST 2 2,"
          + "DE-SN 3 2,DE-RP 0 3,DE-HE 1 3,DE-TH 2 3,DE-SL 0 4,DE-BW 1 4,DE-BY 2 4";

  /** European countries by ISO 3166-1 code, column and row. */
  private static final String EUROPE =
      "IS 0 0,NO 5 0,SE 6 0,FI 8 0,IE 1 1,GB 2 1,DK 5 1,EE 8 1,BE 3 2,NL 4 2,DE 5 2,PL 6 2,LT 7 2,"
          + "LV 8 2,FR 3 3,LU 4 3,CZ 5 3,SK 6 3,UA 7 3,MD 8 3,PT 1 4,ES 2 4,CH 4 4,LI 5 4,AT 6 4,"
          + "HU 7 4,RO 8 4,IT 4 5,SI 5 5,HR 6 5,RS 7 5,BG 8 5,MT 4 6,BA 6 6,ME 7 6,MK 8 6,AL 7 7,"
          + "GR 8 7,TR 9 7,CY 9 8";

  /** One place on a tile map; {@code stage} is live, onboarding or null (none). */
  public record Tile(String code, int column, int row, @Nullable String stage) {}

  /** A live or onboarding uptake in words; {@code reuser} null when it chose not to be named. */
  public record Row(
      @Nullable String country, @Nullable String region, String stage, @Nullable String reuser) {}

  /** The two maps and the table. */
  public record Adoption(List<Tile> germany, List<Tile> europe, List<Row> rows) {

    public boolean isEmpty() {
      return rows.isEmpty();
    }

    public int columns(List<Tile> map) {
      return map.stream().mapToInt(Tile::column).max().orElse(0) + 1;
    }

    public int rows(List<Tile> map) {
      return map.stream().mapToInt(Tile::row).max().orElse(0) + 1;
    }
  }

  /** The adoption shown by these uptakes (those at live or onboarding now). */
  public Adoption of(List<UptakeView> uptakes) {
    Map<String, String> states = new LinkedHashMap<>();
    Map<String, String> countries = new LinkedHashMap<>();
    List<Row> rows = new ArrayList<>();
    for (UptakeView u : uptakes) {
      UptakeStage stage = u.currentStage();
      if (stage != UptakeStage.LIVE && stage != UptakeStage.ONBOARDING) {
        continue;
      }
      rows.add(new Row(u.country(), u.region(), stage.code(), u.reuserName()));
      if (u.country() != null) {
        stronger(countries, u.country(), stage);
      }
      if (u.region() != null) {
        stronger(states, u.region(), stage);
      }
    }
    return new Adoption(tiles(GERMANY, states), tiles(EUROPE, countries), rows);
  }

  private static void stronger(Map<String, String> stages, String place, UptakeStage stage) {
    if (!UptakeStage.LIVE.code().equals(stages.get(place))) {
      stages.put(place, stage.code());
    }
  }

  private static List<Tile> tiles(String layout, Map<String, String> stages) {
    List<Tile> tiles = new ArrayList<>();
    for (String entry : layout.split(",")) {
      String[] parts = entry.split(" ");
      tiles.add(
          new Tile(
              parts[0],
              Integer.parseInt(parts[1]),
              Integer.parseInt(parts[2]),
              stages.get(parts[0])));
    }
    return tiles;
  }
}
