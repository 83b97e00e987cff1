/// A value axis from zero with "nice" ticks (steps of 1, 2 or 5 times a power of ten), so a
/// chart's gridlines fall on round numbers a reader can read off.
struct ChartAxis: Sendable, Hashable {
  /// The axis' top value (the last tick).
  var maximum: Double
  /// The distance between ticks.
  var step: Double

  /// The axis for values up to `largest`, with about `target` ticks above zero.
  init(largest: Double, target: Int = 6) {
    guard largest > 0, largest.isFinite else {
      maximum = 1
      step = 1
      return
    }
    let rough = largest / Double(max(1, target))
    var power = 1.0
    while power * 10 <= rough { power *= 10 }
    while power > rough { power /= 10 }
    let multiple = [1.0, 2.0, 5.0, 10.0].first { $0 * power >= rough } ?? 10
    step = multiple * power
    maximum = (largest / step).rounded(.up) * step
  }

  /// The tick values from zero to the maximum.
  var ticks: [Double] {
    let count = Int((maximum / step).rounded())
    return (0...count).map { Double($0) * step }
  }

  /// A tick's text: whole numbers without decimals, others with as few as the step needs.
  func label(_ value: Double) -> String {
    if step >= 1 { return String(Int(value.rounded())) }
    var places = 0
    var scaled = step
    while scaled < 1, places < 6 {
      scaled *= 10
      places += 1
    }
    let factor = (0..<places).reduce(1.0) { total, _ in total * 10 }
    let units = Int((value * factor).rounded())
    let whole = String(units / Int(factor))
    let fraction = String(abs(units) % Int(factor))
    return whole + "." + String(repeating: "0", count: places - fraction.count) + fraction
  }
}
