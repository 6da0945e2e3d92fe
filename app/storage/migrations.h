#pragma once

#include <QStringList>

namespace DeepDive {

// The schema's history: migration n (1-based) takes a database from user_version n-1 to n. Append new steps;
// never edit a step that has shipped.
const QList<QStringList> &schemaMigrations();

} // namespace DeepDive
