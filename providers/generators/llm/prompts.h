#pragma once

#include "generators/ticket_generator.h"

#include <QJsonObject>

namespace docket::llm {

// Splits a document's blocks into parts of at most budgetCharacters of text, cutting only at
// top-level section boundaries (a section larger than the budget is cut between its blocks).
// Each part is generated on its own so no answer is ever cut off.
QList<QList<Block>> chunkBlocks(const QList<Block> &blocks, int budgetCharacters);

// A part whose answer was cut off, as two smaller parts: its content blocks halved, the second
// half led by the heading it sits under. Empty when the part has a single content block.
QList<QList<Block>> splitPart(const QList<Block> &part);

// The blocks a prompt carries: headings always (they give the rest its context), other blocks
// only when their type is among includeBlockTypes (all when that is empty).
QList<Block> blocksToSend(const GenerationRequest &request);

QString systemPrompt();
QString userPrompt(const GenerationRequest &request, const QList<Block> &part, int partNumber, int partCount);

// The answer's shape as a JSON schema, for servers that can hold a model to one.
QJsonObject ticketsSchema();

} // namespace docket::llm
