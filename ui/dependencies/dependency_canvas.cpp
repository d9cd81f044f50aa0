#include "dependency_canvas.h"

#include "ticket_node_item.h"

#include <QAction>
#include <QKeyEvent>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace docket {

namespace {

constexpr qreal kMinimumZoom = 0.1;
constexpr qreal kMaximumZoom = 4.0;
constexpr qreal kZoomStep = 1.25;

} // namespace

DependencyCanvas::DependencyCanvas(QWidget *parent)
    : QGraphicsView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);               // dragging the background pans
    setTransformationAnchor(QGraphicsView::AnchorViewCenter); // keyboard zoom keeps the middle
    setFocusPolicy(Qt::StrongFocus);

    auto *zoomIn = new QAction(tr("Zoom &In"), this);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(zoomIn, &QAction::triggered, this, [this] { zoomBy(kZoomStep); });
    auto *zoomOut = new QAction(tr("Zoom &Out"), this);
    zoomOut->setShortcuts(QKeySequence::ZoomOut);
    connect(zoomOut, &QAction::triggered, this, [this] { zoomBy(1 / kZoomStep); });
    auto *fit = new QAction(tr("&Fit to View"), this);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(fit, &QAction::triggered, this, &DependencyCanvas::fitAll);
    for (QAction *action : {zoomIn, zoomOut, fit}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        addAction(action);
    }
    setContextMenuPolicy(Qt::ActionsContextMenu); // the same actions for mouse users
}

void DependencyCanvas::setNodes(const QList<TicketNodeItem *> &nodes)
{
    m_nodes = nodes;
}

TicketNodeItem *DependencyCanvas::currentNode() const
{
    if (!scene())
        return nullptr;
    const QList<QGraphicsItem *> selected = scene()->selectedItems();
    for (QGraphicsItem *item : selected) {
        if (auto *node = qgraphicsitem_cast<TicketNodeItem *>(item))
            return node;
    }
    return nullptr;
}

void DependencyCanvas::makeCurrent(TicketNodeItem *node)
{
    if (!node || !scene())
        return;
    scene()->clearSelection();
    node->setSelected(true);
    scene()->setFocusItem(node, Qt::OtherFocusReason);
    centerOn(node);
}

void DependencyCanvas::zoomBy(qreal factor)
{
    const qreal target = std::clamp(zoom() * factor, kMinimumZoom, kMaximumZoom);
    if (!qFuzzyCompare(target, zoom()))
        scale(target / zoom(), target / zoom());
}

void DependencyCanvas::fitAll()
{
    if (!scene())
        return;
    const QRectF picture = scene()->itemsBoundingRect();
    if (picture.isEmpty())
        return;
    fitInView(picture, Qt::KeepAspectRatio);
    // A small picture is shown at its natural size rather than blown up.
    if (zoom() > 1) {
        resetTransform();
        centerOn(picture.center());
    } else if (zoom() < kMinimumZoom) {
        zoomBy(1); // clamps
    }
}

bool DependencyCanvas::stepInReadingOrder(bool forward)
{
    if (m_nodes.isEmpty())
        return false;
    const qsizetype current = m_nodes.indexOf(currentNode());
    qsizetype next = 0;
    if (current < 0)
        next = forward ? 0 : m_nodes.size() - 1;
    else
        next = forward ? current + 1 : current - 1;
    if (next < 0 || next >= m_nodes.size())
        return false; // let the focus leave the picture
    makeCurrent(m_nodes.at(next));
    return true;
}

TicketNodeItem *DependencyCanvas::nearestNode(const TicketNodeItem *origin, int key) const
{
    const QPointF from = origin->sceneBoundingRect().center();
    TicketNodeItem *best = nullptr;
    qreal bestScore = 0;
    for (TicketNodeItem *node : m_nodes) {
        if (node == origin)
            continue;
        const QPointF offset = node->sceneBoundingRect().center() - from;
        qreal ahead = 0;
        qreal aside = 0;
        switch (key) {
        case Qt::Key_Left:
            ahead = -offset.x();
            aside = offset.y();
            break;
        case Qt::Key_Right:
            ahead = offset.x();
            aside = offset.y();
            break;
        case Qt::Key_Up:
            ahead = -offset.y();
            aside = offset.x();
            break;
        default: // Qt::Key_Down
            ahead = offset.y();
            aside = offset.x();
            break;
        }
        if (ahead <= 1)
            continue;
        // Straight ahead beats a little closer but far off to the side.
        const qreal score = ahead + 2 * std::abs(aside);
        if (!best || score < bestScore) {
            best = node;
            bestScore = score;
        }
    }
    return best;
}

bool DependencyCanvas::event(QEvent *event)
{
    // Tab is taken before QGraphicsView hands it to the scene, which only tabs between widgets.
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool onlyShift = (key->modifiers() & ~Qt::ShiftModifier) == Qt::NoModifier;
        if (onlyShift && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)) {
            const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
            if (stepInReadingOrder(forward)) {
                event->accept();
                return true;
            }
            return focusNextPrevChild(forward);
        }
    }
    return QGraphicsView::event(event);
}

void DependencyCanvas::focusInEvent(QFocusEvent *event)
{
    QGraphicsView::focusInEvent(event);
    // Tabbing into the picture lands on a box, so the keyboard has something to act on.
    if (!currentNode() && !m_nodes.isEmpty()) {
        if (event->reason() == Qt::TabFocusReason)
            makeCurrent(m_nodes.first());
        else if (event->reason() == Qt::BacktabFocusReason)
            makeCurrent(m_nodes.last());
    }
}

void DependencyCanvas::keyPressEvent(QKeyEvent *event)
{
    TicketNodeItem *current = currentNode();
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (current) {
            emit nodeActivated(current->ticketId());
            event->accept();
            return;
        }
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (event->modifiers() != Qt::NoModifier && event->modifiers() != Qt::KeypadModifier)
            break;
        if (!current) {
            if (!m_nodes.isEmpty()) {
                makeCurrent(m_nodes.first());
                event->accept();
                return;
            }
            break;
        }
        if (TicketNodeItem *next = nearestNode(current, event->key()))
            makeCurrent(next);
        event->accept(); // at the edge of the picture: stay, do not scroll away from the box
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void DependencyCanvas::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // One notch (120 units) is one zoom step; touchpads send smaller deltas. The point under the
    // pointer stays put, as in every map viewer.
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    zoomBy(std::pow(kZoomStep, event->angleDelta().y() / 120.0));
    setTransformationAnchor(QGraphicsView::AnchorViewCenter);
    event->accept();
}

void DependencyCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->position().toPoint())) {
        if (auto *node = qgraphicsitem_cast<TicketNodeItem *>(item)) {
            makeCurrent(node);
            emit nodeActivated(node->ticketId());
            event->accept();
            return;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

} // namespace docket
