extension CSVReader {
  /// Reads the CSV file at a path (only a regular file is opened, see `InputFile`), adding its
  /// problems, or why it could not be read, to `diagnostics`; nil when it yields no table.
  func read(fileAt path: String, diagnostics: inout [Diagnostic]) -> CSVTable? {
    switch InputFile.bytes(at: path) {
    case .success(let bytes):
      let (table, problems) = read(bytes, path: path)
      diagnostics.append(contentsOf: problems)
      return table
    case .failure(let problem):
      diagnostics.append(.error(problem.message(path), kind: "unreadable file"))
      return nil
    }
  }
}
