package eu.digilabs.hub.assistant;

/**
 * The numbers extractive answers are scored by, named: how much of a topic a passage must cover,
 * what lifts a passage or a sentence, and how many of them an answer quotes.
 *
 * @param minCoverage the share of the topic's weighted words a passage must hold to be quoted
 * @param minKnown the share of the topic's words the hub must use at all, else it is declined
 * @param confidencePassages the best passages whose coverage gives the answer's confidence
 * @param titleBoost added per share of the topic named in an item's title (it is about the topic)
 * @param failureBoost added for a failure section when the question asks what went wrong
 * @param classifiedBoost added when the item is classified as the question names (country, ...)
 * @param coverageMargin passages within this much coverage of the best one are used
 * @param usablePassages at most this many passages are quoted from
 * @param passageWeight how much a passage's coverage counts in the score of its sentences
 * @param orderBonus added to a sentence by its passage's place (divided by 1 + place)
 * @param positionPenalty taken from a sentence per sentence before it in its passage
 * @param fragmentWords sentences shorter than this many words are fragments
 * @param fragmentPenalty taken from a fragment's score
 * @param sentenceCutoff a sentence must score at least this share of the best one
 * @param maxSentences at most this many sentences in an answer
 * @param perPassage and at most this many from one passage
 * @param retrieved passages retrieved for an explanation
 */
record ScoringWeights(
    double minCoverage,
    double minKnown,
    int confidencePassages,
    double titleBoost,
    double failureBoost,
    double classifiedBoost,
    double coverageMargin,
    int usablePassages,
    double passageWeight,
    double orderBonus,
    double positionPenalty,
    int fragmentWords,
    double fragmentPenalty,
    double sentenceCutoff,
    int maxSentences,
    int perPassage,
    int retrieved) {

  /** The weights tuned on the development set (docs/assistant). */
  static final ScoringWeights TUNED =
      new ScoringWeights(
          0.6, 0.5, 8, 0.3, 0.25, 0.15, 0.34, 5, 0.5, 0.15, 0.02, 5, 0.2, 0.6, 4, 2, 30);

  /** The score of a passage's sentence from its overlap with the topic and its place. */
  double sentenceScore(
      double overlap, double passageCoverage, double boost, int order, int index, int words) {
    double brevity = words < fragmentWords ? fragmentPenalty : 0;
    return overlap
        + passageWeight * passageCoverage
        + boost
        + orderBonus / (1 + order)
        - positionPenalty * index
        - brevity;
  }
}
