output "url" {
  description = "Where the API answers: https://<domain_name>, or plain HTTP on the load balancer's address without a domain."
  value       = local.https ? "https://${var.domain_name}" : "http://${aws_lb.main.dns_name}"
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

output "load_balancer_address" {
  description = "The load balancer's DNS name: the target of your domain's CNAME record."
  value       = aws_lb.main.dns_name
}

output "certificate_validation" {
  description = "With domain_name: the CNAME record to add at your DNS provider so ACM issues the certificate."
  value       = local.https ? [for o in aws_acm_certificate.app[0].domain_validation_options : { name = o.resource_record_name, type = o.resource_record_type, value = o.resource_record_value }] : []
}
