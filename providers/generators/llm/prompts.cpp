#include "prompts.h"

#include <QJsonArray>
#include <QSet>

namespace docket::llm {

QList<QList<Block>> chunkBlocks(const QList<Block> &blocks, int budgetCharacters)
{
    // Sections start at the shallowest heading level below the title.
    int topLevel = 99;
    for (const Block &block : blocks) {
        if (block.type == BlockType::Heading && block.headingLevel > 1)
            topLevel = qMin(topLevel, block.headingLevel);
    }
    QList<QList<Block>> sections;
    for (const Block &block : blocks) {
        const bool startsSection = block.type == BlockType::Heading && block.headingLevel <= topLevel;
        if (sections.isEmpty() || startsSection)
            sections.append(QList<Block>());
        sections.last().append(block);
    }

    QList<QList<Block>> parts;
    int size = 0;
    for (const QList<Block> &section : std::as_const(sections)) {
        for (const Block &block : section) {
            const int length = int(block.text.size()) + 40; // the "[type id]" line prefix
            const bool sectionStart = &block == &section.first();
            if (parts.isEmpty() || (size + length > budgetCharacters && !parts.last().isEmpty() &&
                                    (sectionStart || size > budgetCharacters / 2))) {
                parts.append(QList<Block>());
                size = 0;
            }
            parts.last().append(block);
            size += length;
        }
    }
    return parts;
}

QList<QList<Block>> splitPart(const QList<Block> &part)
{
    QList<qsizetype> content;
    for (qsizetype i = 0; i < part.size(); ++i) {
        if (part.at(i).type != BlockType::Heading)
            content.append(i);
    }
    if (content.size() < 2)
        return {};
    const qsizetype cut = content.at(content.size() / 2);
    const QList<Block> first = part.mid(0, cut);
    QList<Block> second = part.mid(cut);
    for (qsizetype i = cut - 1; i >= 0; --i) {
        if (part.at(i).type == BlockType::Heading) {
            second.prepend(part.at(i));
            break;
        }
    }
    return {first, second};
}

QList<Block> blocksToSend(const GenerationRequest &request)
{
    const QSet<BlockType> wanted(request.includeBlockTypes.cbegin(), request.includeBlockTypes.cend());
    QList<Block> blocks;
    for (const Block &block : request.blocks) {
        if (wanted.isEmpty() || block.type == BlockType::Heading || wanted.contains(block.type))
            blocks.append(block);
    }
    return blocks;
}

QString systemPrompt()
{
    return QStringLiteral(
        "You turn parts of a product spec into engineering ticket drafts for a product manager to review.\n"
        "Answer with one JSON object and nothing else:\n"
        "{\"tickets\": [{\"external_id\": \"SPEC-1\", \"ticket_type\": \"epic|story|task|bug|spike\", "
        "\"title\": \"short imperative summary\", \"description\": \"markdown context\", "
        "\"acceptance_criteria\": [\"...\"], \"labels\": [\"...\"], \"dependencies\": [\"SPEC-2\"], "
        "\"story_points\": null, \"priority\": \"low|medium|high|critical\" or null, "
        "\"parent_external_id\": null, \"metadata\": {\"block_id\": \"the id of the block it comes from\", "
        "\"component\": null, \"suggested_milestone\": null, \"confidence\": 0.8}}], "
        "\"risks\": [\"...\"], \"open_questions\": [\"...\"]}\n"
        "Rules: external_id is SPEC-<n>, unique, numbered from SPEC-1. ticket_type is one of epic, story, "
        "task, bug, spike. 1 to 8 non-empty acceptance criteria, taken from the spec; never invent one: if "
        "the spec gives none, return an empty list. dependencies and parent_external_id name tickets of "
        "this answer only. story_points is 1 to 100 or null, and only when the spec states it; priority is "
        "low, medium, high, critical or null, and only when the spec states it. metadata.block_id is the id "
        "of the block the ticket comes from, exactly as given. Background, goals, non-goals and "
        "out-of-scope text never becomes a ticket.");
}

QString userPrompt(const GenerationRequest &request, const QList<Block> &part, int partNumber, int partCount)
{
    const QSet<BlockType> wanted(request.includeBlockTypes.cbegin(), request.includeBlockTypes.cend());
    QString prompt = QStringLiteral("Spec: %1 (part %2 of %3)\n")
                         .arg(request.document.title)
                         .arg(partNumber)
                         .arg(partCount);
    if (request.ticketCountHint > 0)
        prompt += QStringLiteral("Aim for about %1 tickets in total across all parts.\n")
                      .arg(request.ticketCountHint);
    if (request.maxTicketCount > 0)
        prompt += QStringLiteral("Return at most %1 tickets for this part.\n")
                      .arg(qMax(1, request.maxTicketCount / qMax(1, partCount)));
    if (!wanted.isEmpty()) {
        QStringList names;
        for (BlockType type : request.includeBlockTypes)
            names.append(blockTypeName(type));
        prompt += QStringLiteral("Only create tickets from blocks of these types: %1.\n")
                      .arg(names.join(QStringLiteral(", ")));
    }
    prompt += QStringLiteral("\nBlocks (type, id, text):\n");
    for (const Block &block : part) {
        // Headings always go along: they carry the context of everything below them.
        if (!wanted.isEmpty() && block.type != BlockType::Heading && !wanted.contains(block.type))
            continue;
        prompt += QStringLiteral("[%1 %2] %3\n").arg(blockTypeName(block.type), block.id, block.text);
    }
    return prompt;
}

QJsonObject ticketsSchema()
{
    auto type = [](const char *name) { return QJsonObject{{QStringLiteral("type"), QLatin1String(name)}}; };
    auto nullable = [](const char *name) {
        return QJsonObject{{QStringLiteral("type"), QJsonArray{QLatin1String(name), QStringLiteral("null")}}};
    };
    auto strings = [&type] {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                           {QStringLiteral("items"), type("string")}};
    };
    QJsonObject criteria = strings();
    criteria.insert(QStringLiteral("maxItems"), 8); // no minItems: a model must not invent criteria
    QJsonObject points = nullable("integer");
    points.insert(QStringLiteral("minimum"), 1);
    points.insert(QStringLiteral("maximum"), 100);
    QJsonObject priority = nullable("string");
    priority.insert(QStringLiteral("enum"),
                    QJsonArray{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                               QStringLiteral("critical"), QJsonValue()});
    QJsonObject ticketType = type("string");
    ticketType.insert(QStringLiteral("enum"),
                      QJsonArray{QStringLiteral("epic"), QStringLiteral("story"), QStringLiteral("task"),
                                 QStringLiteral("bug"), QStringLiteral("spike")});
    QJsonObject externalId = type("string");
    externalId.insert(QStringLiteral("pattern"), QStringLiteral("^SPEC-[1-9][0-9]*$"));
    const QJsonObject metadata{{QStringLiteral("type"), QStringLiteral("object")},
                               {QStringLiteral("properties"),
                                QJsonObject{{QStringLiteral("block_id"), type("string")},
                                            {QStringLiteral("component"), nullable("string")},
                                            {QStringLiteral("suggested_milestone"), nullable("string")},
                                            {QStringLiteral("confidence"), nullable("number")}}}};
    const QJsonObject ticket{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("external_id"), externalId},
                                                   {QStringLiteral("ticket_type"), ticketType},
                                                   {QStringLiteral("title"), type("string")},
                                                   {QStringLiteral("description"), type("string")},
                                                   {QStringLiteral("acceptance_criteria"), criteria},
                                                   {QStringLiteral("labels"), strings()},
                                                   {QStringLiteral("dependencies"), strings()},
                                                   {QStringLiteral("story_points"), points},
                                                   {QStringLiteral("priority"), priority},
                                                   {QStringLiteral("parent_external_id"), nullable("string")},
                                                   {QStringLiteral("metadata"), metadata}}},
        {QStringLiteral("required"),
         QJsonArray{QStringLiteral("external_id"), QStringLiteral("ticket_type"), QStringLiteral("title"),
                    QStringLiteral("acceptance_criteria")}}};
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("properties"),
                        QJsonObject{{QStringLiteral("tickets"),
                                     QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                 {QStringLiteral("items"), ticket}}},
                                    {QStringLiteral("risks"), strings()},
                                    {QStringLiteral("open_questions"), strings()}}},
                       {QStringLiteral("required"), QJsonArray{QStringLiteral("tickets")}}};
}

} // namespace docket::llm
