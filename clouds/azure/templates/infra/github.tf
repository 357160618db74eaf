# GitHub Actions signs in with a federated credential on a user-assigned managed identity: GitHub's
# OIDC token is exchanged for a short-lived Azure token. There is no client secret anywhere, and
# only this repository's `production` environment matches the credential.

data "azurerm_client_config" "current" {}

resource "azurerm_user_assigned_identity" "github" {
  name                = "id-${local.name}-github"
  resource_group_name = azurerm_resource_group.main.name
  location            = azurerm_resource_group.main.location
}

resource "azurerm_federated_identity_credential" "github" {
  name                = "github-production"
  resource_group_name = azurerm_resource_group.main.name
  parent_id           = azurerm_user_assigned_identity.github.id
  issuer              = "https://token.actions.githubusercontent.com"
  audience            = ["api://AzureADTokenExchange"]
  subject             = "repo:${var.github_repository}:environment:production"
}

# Push images to this registry.
resource "azurerm_role_assignment" "github_pushes_images" {
  scope                = azurerm_container_registry.main.id
  role_definition_name = "AcrPush"
  principal_id         = azurerm_user_assigned_identity.github.principal_id
}

# Update the app and the migration job. Scoped to this resource group, which holds nothing else.
resource "azurerm_role_assignment" "github_deploys" {
  scope                = azurerm_resource_group.main.id
  role_definition_name = "Contributor"
  principal_id         = azurerm_user_assigned_identity.github.principal_id
}
