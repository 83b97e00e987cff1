import Foundation
import Hummingbird

/// The fields of a submitted form (application/x-www-form-urlencoded), read whole up to a
/// bound: a field given twice keeps its first value.
struct FormBody: Sendable {
  /// The fields by name.
  let fields: [String: String]

  /// The largest form read: 64 KiB.
  static let limit = 64 * 1024

  /// Reads the form of a request; nil when the body is too large or not a form.
  static func read(_ request: Request) async -> FormBody? {
    guard let buffer = try? await request.body.collect(upTo: limit) else { return nil }
    return FormBody(text: String(buffer: buffer))
  }

  /// Parses the form text; nil for a field that is not valid percent-encoded UTF-8.
  init?(text: String) {
    var fields: [String: String] = [:]
    for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard let name = Self.decode(parts[0]),
        let value = Self.decode(parts.count > 1 ? parts[1] : "")
      else { return nil }
      if fields[name] == nil { fields[name] = value }
    }
    self.fields = fields
  }

  /// A field's value, or nil.
  subscript(_ name: String) -> String? { fields[name] }

  private static func decode(_ text: Substring) -> String? {
    text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
  }
}
