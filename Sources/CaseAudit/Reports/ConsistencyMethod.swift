extension ConsistencyTable {
  /// How units are placed against the funnel limits, said under the consistency section.
  public static let method =
    "Each unit's compliance (met of met and not met, insufficient evidence left out) against the"
    + " sample's overall rate for the rule, which includes the unit's own cases. A unit lies"
    + " below (above) the 95% limits when the exact binomial probability of a count as low (as"
    + " high) as its own, at the overall rate, is below 2.5%, and outside the 99.8% limits when"
    + " it is below 0.1%; the limits drawn are Spiegelhalter's interpolated exact binomial"
    + " limits. A unit with few cases cannot lie outside them: a unit at 100% of a handful of"
    + " cases sits inside the limits by design, not because it was shown to match the rest."
    + " The rates are the sample's, unweighted."
}
