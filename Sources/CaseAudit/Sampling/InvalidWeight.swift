/// A case whose sampling weight is not a positive number: unknown (an empty field, a division
/// by zero), not a finite number, or zero or below. Such cases are never silently weighted or
/// dropped: the plan's `invalid_weight` says which, and every listing and report names them.
public struct InvalidWeight: Sendable, Hashable {
  /// Why the weight cannot be used.
  public enum Reason: String, Sendable, Hashable, CaseIterable {
    /// The expression was unknown (an empty field, a division by zero).
    case unknown
    /// The value was not a finite number (NaN or infinite).
    case notFinite = "not a finite number"
    /// The value was zero or below.
    case notPositive = "0 or below"
  }

  /// What a plan does with such a case (`sample: {invalid_weight: ...}`).
  public enum Policy: String, Sendable, Hashable, CaseIterable {
    /// Weighted 1, as an unweighted case: every case of the population stays drawable.
    case weight1 = "weight_1"
    /// Left out of the population frame.
    case exclude
  }

  /// The case's row in the dataset.
  public var row: Int
  /// The case's id (a pseudonym in a redacted report).
  public var caseID: String
  /// Why its weight was not used.
  public var reason: Reason

  /// The reason a weight value cannot be used, or nil when it is a positive finite number.
  public static func reason(for weight: Double?) -> Reason? {
    guard let weight else { return .unknown }
    guard weight.isFinite else { return .notFinite }
    return weight > 0 ? nil : .notPositive
  }
}
