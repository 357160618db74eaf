output "url" {
  description = "Where the API answers."
  value       = "https://${azurerm_container_app.app.ingress[0].fqdn}"
}

output "github_variables" {
  description = "Repository variables the deploy job reads: gh variable set --env-file (see the README)."
  value = {
    AZURE_CLIENT_ID           = azurerm_user_assigned_identity.github.client_id
    AZURE_TENANT_ID           = data.azurerm_client_config.current.tenant_id
    AZURE_SUBSCRIPTION_ID     = data.azurerm_client_config.current.subscription_id
    AZURE_RESOURCE_GROUP      = azurerm_resource_group.main.name
    ACR_NAME                  = azurerm_container_registry.main.name
    ACR_LOGIN_SERVER          = azurerm_container_registry.main.login_server
    CONTAINER_APP             = azurerm_container_app.app.name
    CONTAINER_APP_MIGRATE_JOB = azurerm_container_app_job.migrate.name
  }
}
