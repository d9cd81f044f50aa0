#pragma once

#include "store/workspace.h"

#include <QDialog>

class QListWidget;
class QPushButton;
class QTextBrowser;

namespace docket {

// Updates proposed by re-generating a changed spec, one at a time: what the ticket says now next
// to what the spec says now. Accept applies the update; reject keeps the ticket as it is.
class ProposalsDialog : public QDialog {
    Q_OBJECT
public:
    ProposalsDialog(Workspace &workspace, const QString &documentId, QWidget *parent = nullptr);

    int remaining() const;
    void acceptCurrent();
    void rejectCurrent();

signals:
    void ticketsChanged();

private:
    void reload();
    void showCurrent();
    void resolve(bool accept);

    Workspace &m_workspace;
    QString m_documentId;
    QList<TicketProposal> m_proposals;
    QListWidget *m_list;
    QTextBrowser *m_diff;
    QPushButton *m_acceptButton;
    QPushButton *m_rejectButton;
};

// The fields that differ between two versions of a ticket, as an HTML table.
QString ticketDiffHtml(const Ticket &current, const Ticket &proposed);

} // namespace docket
