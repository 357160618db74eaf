# Cloud SQL gets a private IP only; Cloud Run reaches it through Direct VPC egress (no connector
# to pay for). Nothing outside this network can connect to the database.

resource "google_compute_network" "main" {
  #checkov:skip=CKV2_GCP_18:No VM runs in this network (Cloud Run uses it for egress only) and a VPC denies ingress by default.
  name                    = local.name
  auto_create_subnetworks = false
  depends_on              = [google_project_service.apis]
}

resource "google_compute_subnetwork" "run" {
  #checkov:skip=CKV_GCP_26:Flow logs bill Cloud Logging ingestion on a learner's account; only Cloud Run egress uses this subnet.
  name                     = "${local.name}-run"
  network                  = google_compute_network.main.id
  region                   = var.region
  ip_cidr_range            = "10.8.0.0/24"
  private_ip_google_access = true
}

resource "google_compute_global_address" "private_services" {
  name          = "${local.name}-private-services"
  network       = google_compute_network.main.id
  purpose       = "VPC_PEERING"
  address_type  = "INTERNAL"
  prefix_length = 20
}

resource "google_service_networking_connection" "private_services" {
  network                 = google_compute_network.main.id
  service                 = "servicenetworking.googleapis.com"
  reserved_peering_ranges = [google_compute_global_address.private_services.name]
  # Lets `terraform destroy` finish right after the database is gone.
  deletion_policy = "ABANDON"
}
