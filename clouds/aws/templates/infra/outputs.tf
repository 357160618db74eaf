output "url" {
  description = "Where the API answers (plain HTTP until you add a domain and a certificate)."
  value       = "http://${aws_lb.main.dns_name}"
}

output "github_variables" {
  description = "Repository variables the deploy job reads: gh variable set --env-file (see the README)."
  value = {
    AWS_REGION         = var.region
    AWS_ROLE_ARN       = aws_iam_role.github_deploy.arn
    ECR_REPOSITORY     = aws_ecr_repository.app.name
    ECS_CLUSTER        = aws_ecs_cluster.main.name
    ECS_SERVICE        = aws_ecs_service.app.name
    ECS_TASK_FAMILY    = aws_ecs_task_definition.app.family
    ECS_LOG_GROUP      = aws_cloudwatch_log_group.app.name
    ECS_SUBNETS        = join(",", aws_subnet.public[*].id)
    ECS_SECURITY_GROUP = aws_security_group.app.id
  }
}
