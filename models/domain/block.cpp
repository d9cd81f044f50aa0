#include "block.h"

#include <array>
#include <utility>

namespace docket {

namespace {
constexpr std::array<std::pair<BlockType, const char *>, 12> kBlockTypeNames{{
    {BlockType::Heading, "heading"},
    {BlockType::Paragraph, "paragraph"},
    {BlockType::List, "list"},
    {BlockType::Code, "code"},
    {BlockType::Table, "table"},
    {BlockType::Quote, "quote"},
    {BlockType::UserStory, "user_story"},
    {BlockType::Requirement, "requirement"},
    {BlockType::AcceptanceCriteria, "acceptance_criteria"},
    {BlockType::Solution, "solution"},
    {BlockType::Risk, "risk"},
    {BlockType::OpenQuestion, "open_question"},
}};
} // namespace

QString blockTypeName(BlockType type)
{
    for (const auto &[value, name] : kBlockTypeNames) {
        if (value == type)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<BlockType> blockTypeFromName(const QString &name)
{
    for (const auto &[value, text] : kBlockTypeNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QList<BlockType> allBlockTypes()
{
    QList<BlockType> types;
    for (const auto &entry : kBlockTypeNames)
        types.append(entry.first);
    return types;
}

bool isSemanticBlockType(BlockType type)
{
    switch (type) {
    case BlockType::UserStory:
    case BlockType::Requirement:
    case BlockType::AcceptanceCriteria:
    case BlockType::Solution:
    case BlockType::Risk:
    case BlockType::OpenQuestion:
        return true;
    default:
        return false;
    }
}

} // namespace docket
