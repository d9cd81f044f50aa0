#pragma once

#include "common/result.h"
#include "raw_block.h"

#include <atomic>
#include <functional>

namespace docket::import {

// Parses Markdown (GitHub dialect: tables, task lists, strikethrough, autolinks) with md4c into
// structural blocks with exact line ranges. md4c reports no positions, so ranges come from the
// text callbacks' pointers into the input buffer.
Result<QList<RawBlock>> parseMarkdown(const QByteArray &utf8, const std::atomic_bool *cancelled,
                                      const std::function<void(int)> &progress);

} // namespace docket::import
