#include "raw_block.h"

#include <algorithm>

namespace docket::import {

LineIndex::LineIndex(const QByteArray &text)
{
    m_starts.append(0);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\n')
            m_starts.append(i + 1);
    }
}

int LineIndex::lineAt(qsizetype offset) const
{
    const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), offset);
    return int(it - m_starts.cbegin());
}

} // namespace docket::import
