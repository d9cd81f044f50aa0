#pragma once

#include "raw_block.h"

namespace docket::import {

// Gives structural blocks their meaning for ticket generation and their heading paths.
//
// Precedence, for a paragraph or a list item:
//  1. inside background, goals, non-goals, out-of-scope or glossary sections: no semantic type;
//  2. inside "Acceptance criteria" / "Risks" / "Open questions" sections: that type;
//  3. what the text says: a user story ("As a ..., I want ..."), Given/When/Then (criteria),
//     "Risk: ...", a question ("Question: ...", "TBD", or a last sentence ending in "?");
//  4. inside a "Solution" / "Design" / "Approach" section: solution;
//  5. a requirement id (FR-1, NFR-2, REQ-12, R1) or a modal verb (must, shall, should, is
//     required to); inside a "Requirements" section every list item is a requirement.
// A checklist ("- [ ]") or a list in an acceptance section becomes one acceptance_criteria block
// whose items are the criteria; any other list with a semantic item is split into one block per
// item; a list without one stays a single list block.
QList<Block> classifyBlocks(const QList<RawBlock> &raw);

} // namespace docket::import
