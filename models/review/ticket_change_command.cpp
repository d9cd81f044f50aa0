#include "ticket_change_command.h"

#include "review_session.h"

namespace docket {

namespace {
constexpr int kMergeableCommandId = 0x7e1d;
}

TicketChangeCommand::TicketChangeCommand(ReviewSession &session, TicketChanges changes, const QString &text,
                                         QString mergeKey)
    : QUndoCommand(text)
    , m_session(session)
    , m_changes(std::move(changes))
    , m_mergeKey(std::move(mergeKey))
{}

void TicketChangeCommand::redo()
{
    if (!m_session.write(m_changes, true))
        setObsolete(true);
}

void TicketChangeCommand::undo()
{
    if (!m_session.write(m_changes, false))
        setObsolete(true);
}

int TicketChangeCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : kMergeableCommandId;
}

bool TicketChangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const TicketChangeCommand *>(other);
    if (next->isObsolete() || next->m_mergeKey != m_mergeKey || next->m_changes.size() != 1 ||
        m_changes.size() != 1)
        return false;
    // Keep the first "before" and take the latest "after": one undo reverts the whole burst.
    m_changes.first().after = next->m_changes.first().after;
    return true;
}

} // namespace docket
