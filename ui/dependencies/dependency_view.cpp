#include "dependency_view.h"

#include "dependency_canvas.h"
#include "dependency_edge_item.h"
#include "dependency_layout.h"
#include "dependency_legend.h"
#include "domain/dependency_graph.h"
#include "ticket_node_item.h"

#include <QEvent>
#include <QGraphicsScene>
#include <QLabel>
#include <QSet>
#include <QVBoxLayout>

namespace docket {

namespace {

constexpr int kCyclesNamedInSummary = 3;
constexpr int kTitleLengthInSummary = 40;
constexpr qreal kLayerGap = 100; // room for the edges and the bulges of cycle edges
constexpr qreal kRowGap = 28;
constexpr qreal kParentLaneOffset = 10;

} // namespace

DependencyView::DependencyView(QWidget *parent)
    : QWidget(parent)
    , m_cycleSummary(new QLabel(this))
    , m_legend(new DependencyLegend(this))
    , m_scene(new QGraphicsScene(this))
    , m_canvas(new DependencyCanvas(this))
{
    m_cycleSummary->setObjectName(QStringLiteral("dependencyCycleSummary"));
    m_cycleSummary->setAccessibleName(tr("Dependency cycles"));
    m_cycleSummary->setTextFormat(Qt::PlainText); // titles are the PM's text, never markup
    m_cycleSummary->setWordWrap(true);
    m_cycleSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_legend->setObjectName(QStringLiteral("dependencyLegend"));

    m_scene->setPalette(palette());
    m_scene->setFont(font());
    m_canvas->setObjectName(QStringLiteral("dependencyGraph"));
    m_canvas->setAccessibleName(tr("Dependency graph"));
    m_canvas->setScene(m_scene);
    connect(m_canvas, &DependencyCanvas::nodeActivated, this, &DependencyView::ticketActivated);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, [this] {
        m_scene->update(); // the edges of the selected box change colour
        describeCurrentNode();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_cycleSummary);
    layout->addWidget(m_legend);
    layout->addWidget(m_canvas, 1);

    setTickets({});
}

DependencyView::~DependencyView()
{
    // The scene empties itself when destroyed, after this object is gone: it must not call back.
    disconnect(m_scene, nullptr, this, nullptr);
}

QGraphicsView *DependencyView::graphicsView() const
{
    return m_canvas;
}

void DependencyView::setTickets(const QList<Ticket> &tickets)
{
    const QString selectedBefore = selectedTicketId();
    m_tickets = tickets;
    const DependencyGraph graph(m_tickets);
    m_cycles = graph.cycles();
    m_idsOnCycles.clear();
    for (const Ticket &ticket : std::as_const(m_tickets)) {
        if (graph.isOnCycle(ticket.id) && !m_idsOnCycles.contains(ticket.id))
            m_idsOnCycles.append(ticket.id);
    }

    rebuildScene(graph);
    m_cycleSummary->setText(cycleSummary());
    QFont summaryFont = m_cycleSummary->font();
    summaryFont.setBold(!m_cycles.isEmpty()); // a cycle blocks pushing: make it hard to miss
    m_cycleSummary->setFont(summaryFont);

    if (TicketNodeItem *node = m_nodeById.value(selectedBefore))
        node->setSelected(true); // keep the selection, but do not scroll away from where the PM is
    describeCurrentNode();
}

void DependencyView::rebuildScene(const DependencyGraph &graph)
{
    m_canvas->setNodes({});
    m_nodeById.clear();
    m_scene->clear();

    QHash<QString, const Ticket *> ticketById;
    for (const Ticket &ticket : std::as_const(m_tickets)) {
        if (!ticketById.contains(ticket.id))
            ticketById.insert(ticket.id, &ticket);
    }

    const DependencyLayers layers = arrangeInLayers(m_tickets);
    qsizetype tallestLayer = 0;
    for (const QStringList &layer : layers.layers)
        tallestLayer = std::max(tallestLayer, layer.size());

    QList<TicketNodeItem *> readingOrder;
    for (int layer = 0; layer < layers.layers.size(); ++layer) {
        const QStringList &ids = layers.layers.at(layer);
        for (int row = 0; row < ids.size(); ++row) {
            const QString &id = ids.at(row);
            auto *node = new TicketNodeItem(*ticketById.value(id), graph.isOnCycle(id), font());
            const QSizeF box = node->box().size();
            // Shorter layers are centred against the tallest one.
            const qreal top = (tallestLayer - ids.size()) * (box.height() + kRowGap) / 2;
            node->setPos(layer * (box.width() + kLayerGap), top + row * (box.height() + kRowGap));
            m_scene->addItem(node);
            m_nodeById.insert(id, node);
            readingOrder.append(node);
        }
    }
    m_canvas->setNodes(readingOrder);
    addEdges(graph);
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-40, -40, 40, 40));
}

void DependencyView::addEdges(const DependencyGraph &graph)
{
    QSet<std::pair<QString, QString>> cycleEdges;
    for (const QStringList &cycle : graph.cycles()) {
        for (int i = 0; i < cycle.size(); ++i)
            cycleEdges.insert({cycle.at(i), cycle.at((i + 1) % cycle.size())});
    }

    QSet<QString> drawn; // a repeated id is drawn once, like its box
    for (const Ticket &ticket : std::as_const(m_tickets)) {
        TicketNodeItem *from = m_nodeById.value(ticket.id);
        if (!from || drawn.contains(ticket.id))
            continue;
        drawn.insert(ticket.id);
        QSet<QString> dependencies;
        for (const QString &dependency : ticket.dependencies) {
            TicketNodeItem *to = m_nodeById.value(dependency);
            if (!to || dependencies.contains(dependency))
                continue;
            dependencies.insert(dependency);
            m_scene->addItem(new DependencyEdgeItem(from, to, EdgeKind::DependsOn,
                                                    cycleEdges.contains({ticket.id, dependency}), 0));
        }
        if (TicketNodeItem *parent = m_nodeById.value(ticket.parentId)) {
            const qreal lane = dependencies.contains(ticket.parentId) ? kParentLaneOffset : 0;
            m_scene->addItem(new DependencyEdgeItem(from, parent, EdgeKind::Parent,
                                                    cycleEdges.contains({ticket.id, ticket.parentId}), lane));
        }
    }
}

QString DependencyView::shortTitle(const QString &ticketId) const
{
    for (const Ticket &ticket : m_tickets) {
        if (ticket.id != ticketId)
            continue;
        if (ticket.title.isEmpty())
            return tr("untitled");
        if (ticket.title.size() <= kTitleLengthInSummary)
            return ticket.title;
        return ticket.title.left(kTitleLengthInSummary - 1) + QStringLiteral("…");
    }
    return ticketId;
}

QString DependencyView::cycleSummary() const
{
    if (m_cycles.isEmpty())
        return tr("No dependency cycles.");
    QStringList named;
    for (const QStringList &cycle :
         m_cycles.first(std::min<qsizetype>(kCyclesNamedInSummary, m_cycles.size()))) {
        QStringList titles;
        for (const QString &id : cycle)
            titles.append(shortTitle(id));
        titles.append(titles.first()); // back to where it started
        named.append(titles.join(QStringLiteral(" → ")));
    }
    QString list = named.join(QStringLiteral("; "));
    const int unnamed = int(m_cycles.size()) - kCyclesNamedInSummary;
    if (unnamed > 0)
        list = tr("%1; and %n more", nullptr, unnamed).arg(list);
    return tr("%n dependency cycle(s): %1. Tickets on a cycle cannot be pushed until the cycle is broken.",
              nullptr, cycleCount())
        .arg(list);
}

void DependencyView::selectTicket(const QString &ticketId)
{
    if (TicketNodeItem *node = m_nodeById.value(ticketId))
        m_canvas->makeCurrent(node);
    else
        m_scene->clearSelection();
}

QString DependencyView::selectedTicketId() const
{
    const TicketNodeItem *node = m_canvas->currentNode();
    return node ? node->ticketId() : QString();
}

void DependencyView::describeCurrentNode()
{
    // A screen reader cannot see the boxes; the view's description follows the selected one.
    const TicketNodeItem *node = m_canvas->currentNode();
    m_canvas->setAccessibleDescription(
        node ? node->description()
             : tr("%n ticket(s). Tab or the arrow keys move between them; Enter opens one.", nullptr,
                  int(m_nodeById.size())));
}

void DependencyView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_scene->setPalette(palette());
    } else if (event->type() == QEvent::FontChange) {
        m_scene->setFont(font());
        setTickets(m_tickets); // the boxes are sized from the font
    }
}

} // namespace docket
