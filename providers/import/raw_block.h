#pragma once

#include "domain/block.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace docket::import {

// A block as the parser sees it: structure only (heading, paragraph, list, code, table, quote).
// The classifier gives it its meaning.
struct RawBlock {
    BlockType type = BlockType::Paragraph;
    QString text;
    QStringList items;        // lists: one entry per top-level item
    QList<bool> itemIsTask;   // lists: "- [ ]" / "- [x]" items
    QList<int> itemStartLine; // lists: where each item starts
    QList<int> itemEndLine;
    int headingLevel = 0;
    int startLine = 0;
    int endLine = 0;
    QString language;
};

// Byte offset -> 1-based line number, for a buffer whose line starts were recorded once.
class LineIndex {
public:
    explicit LineIndex(const QByteArray &text);
    int lineAt(qsizetype offset) const;
    int lineCount() const { return int(m_starts.size()); }

private:
    QList<qsizetype> m_starts;
};

} // namespace docket::import
