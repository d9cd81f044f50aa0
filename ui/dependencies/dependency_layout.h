#pragma once

#include "domain/ticket.h"

#include <QHash>

namespace docket {

// Tickets in layers, read left to right: a ticket sits one layer right of the furthest ticket it
// depends on or sits under. Tickets that wait for each other (a cycle) cannot be put in order, so
// each such group gets a layer of its own, right of everything the group waits for.
struct DependencyLayers {
    QList<QStringList> layers; // ticket ids per layer; within a layer, near what they point at
    QList<bool> cycleLayers;   // per layer: true when it holds one group of tickets on a cycle
    QHash<QString, int> layerOfTicket;
};

// Only references to tickets in the list count; a repeated id is laid out once.
DependencyLayers arrangeInLayers(const QList<Ticket> &tickets);

} // namespace docket
