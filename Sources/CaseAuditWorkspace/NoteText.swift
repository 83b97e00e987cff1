/// A note typed into the workspace, checked before it is stored: SQLite keeps text only up to
/// a NUL, so a note holding one would be cut short without a word.
enum NoteText {
  /// The longest note stored, in characters.
  static let limit = 2000

  /// The note with Windows line ends made `\n`, or why nothing is stored.
  static func checked(_ text: String) -> Result<String, NoteProblem> {
    let note = text.replacingOccurrences(of: "\r\n", with: "\n")
    guard note.count <= limit else { return .failure(NoteProblem(length: note.count)) }
    // Line ends and tabs are text; other control characters are not (a NUL among them).
    let control = note.unicodeScalars.first { scalar in
      scalar.properties.generalCategory == .control && scalar != "\n" && scalar != "\t"
    }
    if let control { return .failure(NoteProblem(control: control)) }
    return .success(note)
  }
}

/// Why a note is not stored, as the page says it.
struct NoteProblem: Error {
  /// The sentence shown.
  let message: String

  init(length: Int) {
    message =
      "nothing was stored: the note is \(length) characters long; at most \(NoteText.limit)"
      + " are kept"
  }

  init(control: Unicode.Scalar) {
    let code = String(control.value, radix: 16, uppercase: true)
    message =
      "nothing was stored: the note holds a control character (U+"
      + String(repeating: "0", count: max(0, 4 - code.count)) + code
      + "); take it out and submit again"
  }
}
