"""Operations: backup and restore, health and readiness, metrics, the job workers' heartbeat."""
