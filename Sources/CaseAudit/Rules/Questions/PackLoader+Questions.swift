extension PackLoader {
  /// Loads every question file listed under `questions:`; duplicate ids, an id a rule already
  /// has (findings.csv tells question rows from findings by it) and unlisted files are reported.
  func loadQuestions(
    _ manifest: PackManifest, _ packFile: SourceFile, _ source: PackSource, ruleIDs: Set<String>,
    _ compiler: inout ExpressionCompiler, _ diagnostics: inout [Diagnostic]
  ) -> [PracticeQuestion] {
    var questions: [PracticeQuestion] = []
    var seen: [String: SourceLocation] = [:]
    for (path, node) in manifest.questionFiles {
      guard source.isInside(path) else {
        diagnostics.append(packFile.error(outside("question file '\(path)'", source), at: node))
        continue
      }
      guard let (file, root) = yaml(path, source, required: false, &diagnostics) else {
        if case .some(.none) = try? source.read(path) {
          diagnostics.append(packFile.error("question file '\(path)' does not exist", at: node))
        }
        continue
      }
      guard let root else {
        diagnostics.append(
          file.diagnostic(
            .warning, "the question file is empty: it holds no questions", line: 1, column: 1))
        continue
      }
      guard let items = root.items else {
        diagnostics.append(
          file.error(
            "a question file must be a list of questions (each starting '- id:')", at: root))
        continue
      }
      let loader = QuestionLoader(file: file)
      for item in items {
        // Ids are claimed before the questions load, so a question with errors still has its
        // id; one whose id is taken is still checked, so all its problems are reported.
        var usable = true
        if let id = item.pairs?.first(where: { $0.key.scalar == "id" })?.value.scalar {
          let at = file.location(line: item.line, column: item.column)
          if let first = seen[id] {
            diagnostics.append(
              file.error(
                "duplicate question id '\(id)' (first defined at \(first))", line: at.line,
                column: at.column))
            usable = false
          } else if ruleIDs.contains(id) {
            diagnostics.append(
              file.error(
                "question id '\(id)' is a rule's id; findings.csv tells questions from rules by"
                  + " id, so give the question another", line: at.line, column: at.column))
            usable = false
          }
          if seen[id] == nil { seen[id] = at }
        }
        guard let question = loader.load(item, compiler: &compiler, diagnostics: &diagnostics),
          usable
        else { continue }
        questions.append(question)
      }
    }
    warnUnlisted(
      "questions", listed: manifest.questionFiles,
      at: manifest.questionsNode ?? manifest.rulesNode, packFile, source, &diagnostics)
    return questions
  }
}
