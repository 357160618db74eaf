output "url" {
  description = "Where the API answers."
  value       = google_cloud_run_v2_service.app.uri
}

output "github_variables" {
  description = "Repository variables the deploy job reads: gh variable set --env-file (see the README)."
  value = {
    GCP_PROJECT_ID                 = var.project_id
    GCP_REGION                     = var.region
    GCP_WORKLOAD_IDENTITY_PROVIDER = google_iam_workload_identity_pool_provider.github.name
    GCP_SERVICE_ACCOUNT            = google_service_account.deployer.email
    GCP_ARTIFACT_REPOSITORY        = "${var.region}-docker.pkg.dev/${var.project_id}/${google_artifact_registry_repository.app.repository_id}"
    CLOUD_RUN_SERVICE              = google_cloud_run_v2_service.app.name
    CLOUD_RUN_MIGRATE_JOB          = google_cloud_run_v2_job.migrate.name
  }
}
