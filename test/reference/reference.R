# The hot-spot analysis done a second time, in R, for test/reference/reference.test.ts and
# scripts/reference-check.ts: Gi* with spdep::localG, the Benjamini–Hochberg adjustment with
# stats::p.adjust, Mann-Kendall with stats::cor.test (Kendall's statistic, tie-corrected, with
# continuity correction) and the emerging categories by Esri's published rules, written here from
# their text (see the README's method section for each reference and every deliberate difference).
#
# Usage: Rscript --vanilla reference.R <dir>
#   <dir>/cells.csv   x,y            hexagon centres in metres (one row per cell of the study area)
#   <dir>/counts.csv  w1,w2,…        incidents per cell and week, oldest week first (same row order)
#   <dir>/ours.csv    w1,w2,…        the platform's weekly z-scores, for the Kendall check on its numbers
#   <dir>/params.csv  name,value     size (centre spacing, metres), min_hot (incidents a hot spot needs)
# Writes <dir>/weeks.csv (cell, week, z, local, p, p_bh, class) and <dir>/cells-out.csv (cell, s, mk_z,
# mk_p, s_ours, mk_z_ours, mk_p_ours, category as "hot new", "cold persistent", … or "none").
suppressPackageStartupMessages(library(spdep))

args <- commandArgs(trailingOnly = TRUE)
dir <- args[[1]]
cells <- read.csv(file.path(dir, "cells.csv"))
counts <- as.matrix(read.csv(file.path(dir, "counts.csv")))
ours <- as.matrix(read.csv(file.path(dir, "ours.csv")))
params <- read.csv(file.path(dir, "params.csv"))
param <- function(name) params$value[params$name == name]
size <- param("size")
min_hot <- param("min_hot")
n <- nrow(cells)
weeks <- ncol(counts)

# Neighbours from the centres alone: the six around a hexagon are exactly one spacing away, the next
# ring √3 spacings. The cell itself is included (Gi*, not Gi), binary weights.
coords <- as.matrix(cells[, c("x", "y")])
nb <- include.self(dnearneigh(coords, 0, size * 1.01))
lw <- nb2listw(nb, style = "B", zero.policy = TRUE)

levels_q <- c(0.01, 0.05, 0.10)
class_of <- function(z, p_bh, local) {
  sig <- sapply(levels_q, function(q) p_bh <= q)
  conf <- ifelse(sig[, 1], 99, ifelse(sig[, 2], 95, ifelse(sig[, 3], 90, 0)))
  cls <- ifelse(conf == 0 | z == 0, "none", paste0(ifelse(z > 0, "hot-", "cold-"), conf))
  # A hot spot must rest on at least min_hot incidents in the cell and its ring, in every week.
  ifelse(startsWith(cls, "hot") & local < min_hot, "none", cls)
}

week_rows <- list()
classes <- matrix("none", n, weeks)
zr <- matrix(0, n, weeks)
for (w in seq_len(weeks)) {
  x <- counts[, w]
  local <- lag.listw(lw, x, zero.policy = TRUE)
  if (var(x) == 0) {
    z <- rep(0, n)
  } else {
    z <- as.numeric(localG(x, lw, zero.policy = TRUE))
    z[is.nan(z)] <- 0
  }
  p <- ifelse(z == 0, 1, 2 * pnorm(-abs(z)))
  p_bh <- p.adjust(p, method = "BH")
  classes[, w] <- class_of(z, p_bh, local)
  zr[, w] <- z
  week_rows[[w]] <- data.frame(cell = seq_len(n) - 1, week = w - 1, z = z, local = local, p = p, p_bh = p_bh, class = classes[, w])
}

# Mann-Kendall as R's Kendall test of the series against time. With every value equal there is no
# test (variance 0): S = 0, z = 0, p = 1.
kendall <- function(y) {
  m <- length(y)
  s <- sum(sign(outer(y, y, "-"))[lower.tri(diag(m))])
  if (length(unique(y)) < 2) return(c(s = s, z = 0, p = 1))
  test <- suppressWarnings(cor.test(seq_len(m), y, method = "kendall", exact = FALSE, continuity = TRUE))
  c(s = s, z = unname(test$statistic), p = test$p.value)
}

# Esri, "How Emerging Hot Spot Analysis works": the categories of a location's series of hot (or,
# mirrored, cold) bins, with the deliberate differences the README states: oscillating wins over
# new/consecutive/sporadic when an opposite spot came before; persistent, intensifying and
# diminishing need the final step; when a hot and a cold pattern both fit, the final step's own
# state decides, and with neither a hot nor a cold final step the historical pattern is reported.
pattern <- function(spot, opposite, trend) {
  m <- length(spot)
  k <- sum(spot)
  mostly <- k > 0 && 10 * k >= 9 * m
  if (!spot[m]) return(if (mostly) "historical" else NA)
  if (mostly) return(if (trend == "up") "intensifying" else if (trend == "down") "diminishing" else "persistent")
  if (any(opposite)) return("oscillating")
  if (k == 1) return("new")
  run <- 0
  for (i in m:1) { if (spot[i]) run <- run + 1 else break }
  if (run == k) "consecutive" else "sporadic"
}
flip <- function(t) if (t == "up") "down" else if (t == "down") "up" else "none"
category <- function(cls, trend) {
  hot <- startsWith(cls, "hot")
  cold <- startsWith(cls, "cold")
  m <- length(cls)
  hp <- pattern(hot, cold, trend)
  cp <- pattern(cold, hot, flip(trend))
  if (hot[m]) return(c(hp, "hot"))
  if (cold[m] && !is.na(cp)) return(c(cp, "cold"))
  if (!is.na(hp)) return(c(hp, "hot"))
  if (!is.na(cp)) return(c(cp, "cold"))
  c("none", "")
}

cell_rows <- lapply(seq_len(n), function(i) {
  # R's own z-scores carry R's rounding; ties among them are decided at 1e-9.
  own <- kendall(round(zr[i, ], 9))
  theirs <- kendall(ours[i, ])
  trend <- if (own[["p"]] <= 0.05 && own[["z"]] != 0) (if (own[["s"]] > 0) "up" else "down") else "none"
  cat <- if (weeks > 1) category(classes[i, ], trend) else c("none", "")
  data.frame(cell = i - 1, s = own[["s"]], mk_z = own[["z"]], mk_p = own[["p"]],
             s_ours = theirs[["s"]], mk_z_ours = theirs[["z"]], mk_p_ours = theirs[["p"]],
             category = if (cat[1] == "none") "none" else paste(cat[2], cat[1]))
})

write.csv(do.call(rbind, week_rows), file.path(dir, "weeks.csv"), row.names = FALSE)
write.csv(do.call(rbind, cell_rows), file.path(dir, "cells-out.csv"), row.names = FALSE)
