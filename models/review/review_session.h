#pragma once

#include "common/result.h"
#include "domain/ticket_edits.h"

#include <QObject>

class QUndoStack;

namespace docket {

class Workspace;

// The review of one workspace: every edit is one undoable step, written to the workspace the
// moment it is made (there is no Save; killing the app loses nothing). Undo and redo write too.
// A step is only undone or redone while the tickets it touches are still as it left them; a
// ticket changed elsewhere since (a generation, an accepted proposal, the CLI) makes that step
// fail with a message instead of overwriting the newer change.
class ReviewSession : public QObject {
    Q_OBJECT
public:
    ReviewSession(Workspace &workspace, QString actor, QObject *parent = nullptr);
    ~ReviewSession() override;

    QUndoStack *undoStack() const { return m_stack; }
    Workspace &workspace() const { return m_workspace; }

    // Applies the changes as one step named `description`. Consecutive steps with the same
    // non-empty mergeKey (typing in one field) become one.
    Status apply(const TicketChanges &changes, const QString &description, const QString &mergeKey = {});

    // One ticket edited in place: compared with what the workspace holds now.
    Status editTicket(const Ticket &edited, const QString &description, const QString &mergeKey = {});
    // The same, for an edit made on `base` (what the PM was looking at). When the workspace no
    // longer holds `base` — another window or the CLI changed the ticket meanwhile — nothing is
    // written, the views get the ticket as it is now, and the Error says so.
    Status editTicketFrom(const Ticket &base, const Ticket &edited, const QString &description,
                          const QString &mergeKey = {});

    // generated -> reviewed for each id that keeps the rules; returns why the others were refused.
    Result<QStringList> markReviewed(const QStringList &ids);
    Result<QStringList> bulkEdit(const QStringList &ids, const BulkEdit &edit);
    Status split(const QString &ticketId, const QStringList &titles);
    Status merge(const QStringList &ids);
    Status remove(const QStringList &ids);

    // Writes one direction of a step. Used by the undo commands; the session checks first that
    // every ticket is still in the state the step expects.
    Status write(const TicketChanges &changes, bool forward);

signals:
    // After a step was applied, undone or redone: the tickets as they are now (changed or created)
    // and the ids that no longer exist.
    void ticketsChanged(const QString &documentId, const QList<Ticket> &current,
                        const QStringList &removedIds);
    void failed(const QString &message);

private:
    Result<QList<Ticket>> ticketsByIds(const QStringList &ids) const;
    Result<QList<Ticket>> documentTicketsOf(const QList<Ticket> &tickets) const;
    // The tickets with these ids, and every ticket of their (single) document.
    Result<std::pair<QList<Ticket>, QList<Ticket>>> selectionAndDocument(const QStringList &ids) const;

    Workspace &m_workspace;
    QString m_actor;
    QUndoStack *m_stack;
    Status m_lastWrite;
};

} // namespace docket
