#pragma once

#include "raw_block.h"

namespace docket::import {

// Splits plain text into paragraphs at blank lines. Headings are recognised conservatively: a
// line underlined with === or ---, a short ALL-CAPS line, a numbered section title ("2.1 Checkout
// flow"), a short first line standing alone (the title), or a short line ending in ":" that
// introduces a list. Lines starting "- ", "* ", "• ", "1. " or "1) " form lists.
QList<RawBlock> parsePlainText(const QString &text);

} // namespace docket::import
