#pragma once

#include "domain/ticket.h"

#include <QHash>
#include <QWidget>

class QGraphicsScene;
class QGraphicsView;
class QLabel;

namespace docket {

class DependencyCanvas;
class DependencyGraph;
class DependencyLegend;
class TicketNodeItem;

// A picture of one document's tickets: each ticket a box, an arrow to what it depends on, a dashed
// line to its parent, in layers left to right (see arrangeInLayers). Tickets and edges on a cycle
// are marked, and the line above the picture names the cycles, since they block pushing.
class DependencyView : public QWidget {
    Q_OBJECT
public:
    explicit DependencyView(QWidget *parent = nullptr);
    ~DependencyView() override;

    void setTickets(const QList<Ticket> &tickets);
    int cycleCount() const { return int(m_cycles.size()); }
    // In the order of the tickets given to setTickets.
    QStringList ticketIdsOnCycles() const { return m_idsOnCycles; }
    // Highlights the ticket's box and scrolls it to the middle; an unknown id clears the selection.
    void selectTicket(const QString &ticketId);
    QString selectedTicketId() const;

    QGraphicsView *graphicsView() const;
    QLabel *cycleSummaryLabel() const { return m_cycleSummary; }

signals:
    // Double-click or Enter on a ticket's box.
    void ticketActivated(const QString &ticketId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildScene(const DependencyGraph &graph);
    void addEdges(const DependencyGraph &graph);
    QString cycleSummary() const;
    QString shortTitle(const QString &ticketId) const;
    void describeCurrentNode();

    QList<Ticket> m_tickets;
    QList<QStringList> m_cycles;
    QStringList m_idsOnCycles;
    QHash<QString, TicketNodeItem *> m_nodeById;
    QLabel *m_cycleSummary;
    DependencyLegend *m_legend;
    QGraphicsScene *m_scene;
    DependencyCanvas *m_canvas;
};

} // namespace docket
