#pragma once

#include "generators/ticket_generator.h"

namespace docket::llm {

// Splits a document's blocks into parts of at most budgetCharacters of text, cutting only at
// top-level section boundaries (a section larger than the budget is cut between its blocks).
// Each part is generated on its own so no answer is ever cut off.
QList<QList<Block>> chunkBlocks(const QList<Block> &blocks, int budgetCharacters);

QString systemPrompt();
QString userPrompt(const GenerationRequest &request, const QList<Block> &part, int partNumber, int partCount);

} // namespace docket::llm
