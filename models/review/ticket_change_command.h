#pragma once

#include "domain/ticket_edits.h"

#include <QUndoCommand>

namespace docket {

class ReviewSession;

// One review step on the undo stack. The first redo() happens on push and writes the step; a step
// whose write fails marks itself obsolete, so the stack drops it instead of keeping a lie.
class TicketChangeCommand : public QUndoCommand {
public:
    TicketChangeCommand(ReviewSession &session, TicketChanges changes, const QString &text, QString mergeKey);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    bool succeeded() const { return !isObsolete(); }

private:
    ReviewSession &m_session;
    TicketChanges m_changes;
    QString m_mergeKey;
};

} // namespace docket
