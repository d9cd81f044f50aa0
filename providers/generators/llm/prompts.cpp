#include "prompts.h"

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
            const int length = int(block.text.size()) + 40;
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
        "Rules: external_id is SPEC-<n>, unique. 1 to 8 non-empty acceptance criteria, taken from the spec; "
        "never invent one: if the spec gives none, return an empty list. dependencies and parent_external_id "
        "name tickets of this answer only. story_points is 1 to 100 or null and only when the spec states "
        "it; "
        "priority only when the spec states it. Background, goals, non-goals and out-of-scope text never "
        "becomes a ticket.");
}

QString userPrompt(const GenerationRequest &request, const QList<Block> &part, int partNumber, int partCount)
{
    QSet<BlockType> wanted(request.includeBlockTypes.cbegin(), request.includeBlockTypes.cend());
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

} // namespace docket::llm
