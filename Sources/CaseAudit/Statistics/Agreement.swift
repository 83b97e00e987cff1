/// Agreement between two raters over the same findings: percentage agreement and Cohen's kappa.
public struct Agreement: Sendable, Hashable {
  /// Findings both rated.
  public var count: Int
  /// Findings they rated the same.
  public var agreed: Int
  /// Cohen's kappa; nil when chance agreement is total (every rating the same category), where
  /// kappa is undefined.
  public var kappa: Double?

  /// Computes agreement from pairs of ratings.
  public init<Category: Hashable>(_ pairs: [(Category, Category)]) {
    count = pairs.count
    agreed = pairs.filter { $0.0 == $0.1 }.count
    guard count > 0 else {
      kappa = nil
      return
    }
    var first: [Category: Int] = [:]
    var second: [Category: Int] = [:]
    for (a, b) in pairs {
      first[a, default: 0] += 1
      second[b, default: 0] += 1
    }
    let n = Double(count)
    let observed = Double(agreed) / n
    let expected = first.reduce(0.0) { total, entry in
      total + Double(entry.value) / n * Double(second[entry.key] ?? 0) / n
    }
    kappa = expected >= 1 ? nil : (observed - expected) / (1 - expected)
  }

  /// Agreed over rated; nil when nothing was rated.
  public var percentage: Double? { count == 0 ? nil : Double(agreed) / Double(count) }

  /// Landis and Koch's words for a kappa.
  public static func interpretation(_ kappa: Double?) -> String {
    guard let kappa else { return "undefined (one category only)" }
    switch kappa {
    case ..<0: return "poor"
    case ..<0.205: return "slight"
    case ..<0.405: return "fair"
    case ..<0.605: return "moderate"
    case ..<0.805: return "substantial"
    default: return "almost perfect"
    }
  }
}
