// Paths of the job routes (server/jobs/routes.h, docs/jobs.md): "{id}" is a job's id.
#pragma once

namespace kikan::api::path {
inline constexpr char Jobs[] = "/api/v1/jobs";
} // namespace kikan::api::path
