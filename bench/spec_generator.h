#pragma once

#include <QByteArray>

namespace docket::bench {

// A realistic Markdown spec of about targetBytes: feature sections with user stories, numbered
// requirements, acceptance criteria (checklists and Given/When/Then), a design with code and a
// table, risks and open questions, repeated with varied text.
QByteArray generateMarkdownSpec(qint64 targetBytes);

} // namespace docket::bench
