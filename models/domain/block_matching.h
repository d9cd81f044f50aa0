#pragma once

#include "block.h"

#include <QSet>

namespace docket {

// How the blocks of a re-imported spec relate to the blocks imported before.
struct BlockMatch {
    QList<Block> blocks;     // the new blocks; matched ones carry the old block's id
    QSet<QString> unchanged; // ids whose type and text are the same
    QSet<QString> changed;   // ids kept for a block whose text changed
    QSet<QString> added;     // ids of blocks that are new
    QSet<QString> removed;   // ids of old blocks with no counterpart
};

// Matches old and new blocks: first the same type and text (in document order), then, within the
// same section and type, the most similar text (at least half the words shared). Tickets follow
// their block's id, so a reworded requirement keeps its ticket and a moved section keeps all of
// its tickets.
BlockMatch matchBlocks(const QList<Block> &oldBlocks, QList<Block> newBlocks);

} // namespace docket
