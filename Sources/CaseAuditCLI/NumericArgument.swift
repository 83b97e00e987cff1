import ArgumentParser
import Foundation

/// Numbers given on the command line, read within their documented ranges: anything else is a
/// usage error (exit 64) naming the option, the value and the range.
enum NumericArgument {
  /// The mark put before a negative number so ArgumentParser reads it as a value: it would take
  /// `-5` for an option, and then report a missing value instead of the number's range.
  static let negativeMark = " "

  /// The options that take a number: a negative number after one of them is its value.
  static let numericOptions: Set = [
    "--seed", "--children", "--population", "--expected-errors", "--confidence",
    "--tolerable-rate", "--port",
  ]

  /// The options of the `history` commands that take a text value; any other negative number
  /// in a `history` command is the audit id.
  static let historyValueOptions: Set = ["--history", "--plan", "--out", "--data", "--redact-key"]

  /// The arguments with each negative number that is a numeric option's value or an audit id
  /// marked as a value (none after `--`, where every word is a value already). Other words are
  /// left as they are, so a path or a date is never changed.
  static func marked(_ arguments: [String]) -> [String] {
    var result: [String] = []
    var terminated = false
    let isHistory = arguments.first == "history"
    for (index, word) in arguments.enumerated() {
      let previous = index > 0 ? arguments[index - 1] : ""
      let isNegative = word.count > 1 && word.first == "-" && Double(word) != nil
      let isNumber =
        numericOptions.contains(previous)
        || (isHistory && index > 1 && !historyValueOptions.contains(previous))
      result.append(!terminated && isNegative && isNumber ? negativeMark + word : word)
      if word == "--" { terminated = true }
    }
    return result
  }

  /// A whole number within a range.
  static func whole<T: FixedWidthInteger>(
    _ text: String, _ name: String, in range: ClosedRange<T>
  ) throws -> T {
    let value = unmarked(text)
    guard let number = T(value), range.contains(number) else {
      throw ValidationError(
        "\(name) '\(value)' must be a whole number from \(range.lowerBound) to"
          + " \(range.upperBound)")
    }
    return number
  }

  /// A number within a range (never NaN or infinite).
  static func decimal(_ text: String, _ name: String, in range: ClosedRange<Double>) throws
    -> Double
  {
    let value = unmarked(text)
    guard let number = Double(value), number.isFinite, range.contains(number) else {
      throw ValidationError(
        "\(name) '\(value)' must be a number from \(range.lowerBound) to \(range.upperBound)")
    }
    return number
  }

  private static func unmarked(_ text: String) -> String {
    text.hasPrefix(negativeMark + "-") ? String(text.dropFirst(negativeMark.count)) : text
  }
}
