#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace docket {

// Structural types come from the Markdown/text structure; semantic types are what a
// block means for ticket generation (the seeds' user_story, requirement, ...).
enum class BlockType {
    Heading,
    Paragraph,
    List,
    Code,
    Table,
    Quote,
    UserStory,
    Requirement,
    AcceptanceCriteria,
    Solution,
    Risk,
    OpenQuestion,
};

QString blockTypeName(BlockType type); // stable snake_case name used in JSON and the store
std::optional<BlockType> blockTypeFromName(const QString &name);
QList<BlockType> allBlockTypes();
bool isSemanticBlockType(BlockType type);

struct Block {
    QString id; // UUID without braces
    QString documentId;
    int ordinal = 0; // position in the document, from 0
    BlockType type = BlockType::Paragraph;
    QString text;            // the block's plain text (list items joined by newlines)
    QStringList items;       // list-like blocks: one entry per item (criteria, checklist, bullets)
    int headingLevel = 0;    // Heading blocks only: 1-6
    QStringList headingPath; // titles of the enclosing headings, outermost first
    int startLine = 0;       // 1-based, inclusive
    int endLine = 0;         // 1-based, inclusive
    QString language;        // Code blocks: the fence's info string

    bool operator==(const Block &) const = default;
};

} // namespace docket
